<?php
// PHP's built-in server in front of Debian's WordPress (/usr/share/wordpress): files under
// /wp-content/ come from the test's own content folder (WP_CONTENT_DIR), with their types;
// other existing files are served as they are; everything else goes to WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$content = getenv('BOTOX_WP_CONTENT');
if (strpos($path, '/wp-content/') === 0) {
    $file = realpath($content . substr($path, strlen('/wp-content')));
    if ($file && is_file($file) && substr($file, -4) !== '.php') {
        $types = ['js' => 'text/javascript', 'wasm' => 'application/wasm', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'html' => 'text/html'];
        $ext = pathinfo($file, PATHINFO_EXTENSION);
        header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
        header('Access-Control-Allow-Origin: *');
        readfile($file);
        return true;
    }
    if ($file && is_file($file)) { require $file; return true; }
    http_response_code(404);
    return true;
}
if ($path !== '/' && is_file('/usr/share/wordpress' . $path) && substr($path, -4) !== '.php') return false;
if (substr($path, -4) === '.php' && is_file('/usr/share/wordpress' . $path)) {
    $_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress' . $path;
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['PHP_SELF'] = $path;
    chdir(dirname('/usr/share/wordpress' . $path));
    require '/usr/share/wordpress' . $path;
    return true;
}
if (is_dir('/usr/share/wordpress' . $path) && is_file('/usr/share/wordpress' . rtrim($path, '/') . '/index.php')) {
    chdir('/usr/share/wordpress' . rtrim($path, '/'));
    require '/usr/share/wordpress' . rtrim($path, '/') . '/index.php';
    return true;
}
chdir('/usr/share/wordpress');
$_SERVER['SCRIPT_NAME'] = '/index.php';
require '/usr/share/wordpress/index.php';
