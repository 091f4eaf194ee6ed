<?php
// Deleting the plugin removes what it stored: the clinic-wide settings.
if (!defined('WP_UNINSTALL_PLUGIN')) exit;
delete_option('botox_guide_settings');
