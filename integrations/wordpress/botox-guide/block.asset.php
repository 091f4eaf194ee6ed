<?php
// What the block's editor script (block.js, no build step) needs from WordPress, and the
// widget's rules (builder-data.js, registered by the plugin).
return ['dependencies' => ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'botox-guide-rules'], 'version' => '0.1.0'];
