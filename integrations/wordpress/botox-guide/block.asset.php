<?php
// What the block's editor script (block.js, no build step) needs from WordPress.
return ['dependencies' => ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components'], 'version' => '0.1.0'];
