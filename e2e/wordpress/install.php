<?php
// Installs WordPress into the test's database and sets it up (run by e2e/wordpress.mjs with
// php-cli): WordPress's own functions, no network, no wp-cli.
// argv: site URL, then commands: install | activate | deactivate | uninstall | page <slug> <content-file> | option <name> | render <json>
$url = $argv[1];
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST);
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', in_array('install', $argv, true));
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$plugin = 'botox-guide/botox-guide.php';
for ($i = 2; $i < count($argv); $i++) {
    switch ($argv[$i]) {
        case 'install':
            if (!is_blog_installed()) wp_install('Harbour Clinic', 'admin', 'admin@example.org', false, '', 'correct horse battery staple');
            update_option('siteurl', $url);
            update_option('home', $url);
            update_option('permalink_structure', '');
            switch_theme('twentytwentythree');
            echo "installed\n";
            break;
        case 'activate':
            $r = activate_plugin($plugin);
            echo is_wp_error($r) ? 'error: ' . $r->get_error_message() . "\n" : "activated\n";
            break;
        case 'deactivate':
            deactivate_plugins($plugin);
            echo "deactivated\n";
            break;
        case 'uninstall':
            uninstall_plugin($plugin);
            echo "uninstalled\n";
            break;
        case 'page':
            $slug = $argv[++$i];
            $content = file_get_contents($argv[++$i]);
            $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $slug, 'post_name' => $slug, 'post_content' => $content]);
            echo get_permalink($id) . "\n";
            break;
        case 'render':
            // The plugin's element for these options (name => value), as a page would get it.
            echo botox_guide_element(json_decode($argv[++$i], true)) . "\n";
            break;
        case 'render-in':
            // The same, on a site in another language (what get_locale() answers: WordPress
            // refuses a WPLANG whose language pack is not installed, so the filter stands in).
            $site_locale = $argv[++$i];
            add_filter('locale', function () use ($site_locale) { return $site_locale; });
            echo get_locale() . ' ' . botox_guide_element(json_decode($argv[++$i], true)) . "\n";
            break;
        case 'set':
            update_option($argv[$i + 1], $argv[$i + 2]);
            $i += 2;
            echo "set\n";
            break;
        case 'option':
            echo json_encode(get_option($argv[++$i], null)) . "\n";
            break;
    }
}
