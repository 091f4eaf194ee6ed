<?php
/**
 * Plugin Name: Botox guide
 * Description: A plain-language patient guide to Botox (what it is, wrinkles, benefits and risks, migraine, choosing a clinic, aftercare) as a shortcode [botox_guide] and a block. The widget's files are in this plugin; nothing is loaded from elsewhere.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: MIT OR Apache-2.0
 * Text Domain: botox-guide
 */

if (!defined('ABSPATH')) exit;

/** The generated option list (options.php, from the widget's option table) and version. */
function botox_guide_spec() {
    static $spec = null;
    if ($spec === null) $spec = require __DIR__ . '/options.php';
    return $spec;
}

/** The value this site's language suggests for option `$name` (the market: en_GB → uk), or ''. */
function botox_guide_suggested($name) {
    $map = botox_guide_spec()['suggested'][$name] ?? [];
    return (string) ($map[get_locale()] ?? '');
}

/** The clinic-wide defaults saved on the settings page. */
function botox_guide_settings() {
    $saved = get_option('botox_guide_settings', []);
    return is_array($saved) ? $saved : [];
}

add_action('init', function () {
    load_plugin_textdomain('botox-guide');
    wp_register_script('botox-guide', plugins_url('widget/embed.js', __FILE__), [], null, true);
    add_shortcode('botox_guide', 'botox_guide_shortcode');
    // block.json (generated from the option table) declares the attributes and the editor
    // script; the page gets the same element as the shortcode's.
    register_block_type(__DIR__ . '/block.json', [
        'render_callback' => function ($atts) {
            $byName = [];
            foreach (botox_guide_spec()['options'] as $o) {
                if (isset($atts[$o['block']])) $byName[$o['name']] = $atts[$o['block']];
            }
            return botox_guide_reserve() . botox_guide_element($byName);
        },
    ]);
});

/** The embed script, deferred, with its integrity hash (a changed file is refused by the browser). */
add_filter('script_loader_tag', function ($tag, $handle) {
    if ($handle !== 'botox-guide') return $tag;
    $integrity = esc_attr(botox_guide_spec()['integrity']);
    // Deferred: it never holds up the page's first paint (WordPress 6.1 has no strategy
    // argument for this).
    return str_replace('<script ', '<script defer integrity="' . $integrity . '" crossorigin="anonymous" ', $tag);
}, 10, 2);

/** [botox_guide clinic_name="…" phone="…" …]: attribute names with underscores (or dashes). */
function botox_guide_shortcode($atts) {
    $byName = [];
    foreach ((array) $atts as $key => $value) {
        if (is_int($key)) continue;
        $byName[str_replace('_', '-', strtolower($key))] = $value;
    }
    return botox_guide_reserve() . botox_guide_element($byName);
}

/** Once per page, before the first guide: the rule that holds the guide's place until its
 *  script (deferred, in the footer) has run, so nothing below it jumps (README, "Which embed
 *  to choose"; the rule is generated with the options). */
function botox_guide_reserve() {
    static $done = false;
    if ($done) return '';
    $done = true;
    return '<style id="botox-guide-reserve">' . botox_guide_spec()['reserve'] . '</style>';
}

/** The element: each known option from the shortcode or block, else the site's setting;
 *  every value escaped; unknown names ignored; URLs only https. */
function botox_guide_element($given) {
    $settings = botox_guide_settings();
    $html = '<botox-guide';
    foreach (botox_guide_spec()['options'] as $o) {
        $name = $o['name'];
        $value = isset($given[$name]) && $given[$name] !== '' ? (string) $given[$name] : ($o['setting'] ? (string) ($settings[$name] ?? '') : '');
        if ($value === '') $value = botox_guide_suggested($name);
        if ($value === '') continue;
        if ($o['url']) {
            $value = esc_url($value, ['https']);
            if ($value === '') continue;
            $html .= ' ' . $name . '="' . $value . '"';
        } else {
            $html .= ' ' . $name . '="' . esc_attr($value) . '"';
        }
    }
    wp_enqueue_script('botox-guide');
    return $html . '></botox-guide>';
}

/* Settings → Botox guide: the clinic-wide defaults. */
add_action('admin_init', function () {
    register_setting('botox_guide', 'botox_guide_settings', ['type' => 'array', 'sanitize_callback' => 'botox_guide_sanitize', 'default' => []]);
});

function botox_guide_sanitize($input) {
    $clean = [];
    if (!is_array($input)) return $clean;
    foreach (botox_guide_spec()['options'] as $o) {
        if (!$o['setting'] || !isset($input[$o['name']])) continue;
        $value = trim(wp_unslash((string) $input[$o['name']]));
        if ($value === '') continue;
        if ($o['url']) $value = esc_url_raw($value, ['https']);
        elseif (is_array($o['values'])) $value = in_array($value, $o['values'], true) ? $value : '';
        else $value = sanitize_text_field($value);
        if ($value !== '') $clean[$o['name']] = $value;
    }
    return $clean;
}

add_action('admin_menu', function () {
    add_options_page(__('Botox guide', 'botox-guide'), __('Botox guide', 'botox-guide'), 'manage_options', 'botox-guide', 'botox_guide_settings_page');
});

function botox_guide_settings_page() {
    if (!current_user_can('manage_options')) return;
    $settings = botox_guide_settings();
    echo '<div class="wrap"><h1>' . esc_html__('Botox guide', 'botox-guide') . '</h1>';
    echo '<p>' . esc_html__('Defaults for every [botox_guide] shortcode and Botox guide block on this site; a shortcode or block can still set its own.', 'botox-guide') . '</p>';
    echo '<form method="post" action="options.php">';
    settings_fields('botox_guide');
    echo '<table class="form-table" role="presentation">';
    foreach (botox_guide_spec()['options'] as $o) {
        if (!$o['setting']) continue;
        $id = 'botox-guide-' . $o['name'];
        $field = 'botox_guide_settings[' . $o['name'] . ']';
        $value = $settings[$o['name']] ?? '';
        echo '<tr><th scope="row"><label for="' . esc_attr($id) . '">' . esc_html(ucfirst(str_replace('-', ' ', $o['name']))) . '</label></th><td>';
        if (is_array($o['values'])) {
            $suggested = botox_guide_suggested($o['name']);
            /* translators: %s: a value such as "uk" */
            $default = $suggested === '' ? __('Default', 'botox-guide') : sprintf(__('Default for this site\'s language: %s', 'botox-guide'), $suggested);
            echo '<select id="' . esc_attr($id) . '" name="' . esc_attr($field) . '"><option value="">' . esc_html($default) . '</option>';
            foreach ($o['values'] as $v) echo '<option value="' . esc_attr($v) . '"' . selected($value, $v, false) . '>' . esc_html($v) . '</option>';
            echo '</select>';
        } else {
            $type = $o['url'] ? 'url' : ($o['name'] === 'reviewed-on' ? 'date' : 'text');
            echo '<input class="regular-text" type="' . $type . '" id="' . esc_attr($id) . '" name="' . esc_attr($field) . '" value="' . esc_attr($value) . '">';
        }
        echo '<p class="description">' . esc_html($o['doc']) . '</p></td></tr>';
    }
    echo '</table>';
    submit_button();
    echo '</form></div>';
}
