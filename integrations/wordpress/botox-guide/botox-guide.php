<?php
/**
 * Plugin Name: Botox guide
 * Plugin URI: https://www.npmjs.com/package/botox-guide
 * Description: A plain-language patient guide to Botox (what it is, wrinkles, benefits and risks, migraine, choosing a clinic, aftercare) as a shortcode [botox_guide] and a block. The widget's files are in this plugin; nothing is loaded from elsewhere.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * Author: The botox-guide authors
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

/** The value this site suggests for option `$name` (the market from its language: en_GB →
 *  uk; the guide's language: the site's own), or ''. */
function botox_guide_suggested($name) {
    $map = botox_guide_spec()['suggested'][$name] ?? [];
    return (string) ($map[get_locale()] ?? $map['*'] ?? '');
}

/** The clinic-wide defaults saved on the settings page. */
function botox_guide_settings() {
    $saved = get_option('botox_guide_settings', []);
    return is_array($saved) ? $saved : [];
}

add_action('init', function () {
    load_plugin_textdomain('botox-guide', false, dirname(plugin_basename(__FILE__)) . '/languages');
    wp_register_script('botox-guide', plugins_url('widget/embed.js', __FILE__), [], null, true);
    // The widget's rules and words, for the admin's checks (the settings page, the block).
    wp_register_script('botox-guide-rules', plugins_url('widget/builder-data.js', __FILE__), [], botox_guide_spec()['version'], true);
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
    $refused = [];
    if (!is_array($input)) return $clean;
    foreach (botox_guide_spec()['options'] as $o) {
        if (!$o['setting'] || !isset($input[$o['name']])) continue;
        $value = trim(wp_unslash((string) $input[$o['name']]));
        if ($value === '') continue;
        $typed = $value;
        if ($o['url']) $value = strpos($value, 'https://') === 0 ? esc_url_raw($value, ['https']) : '';
        elseif (is_array($o['values'])) $value = array_key_exists($value, $o['values']) ? $value : '';
        elseif ($o['rule'] === 'iso-date') $value = preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m) && checkdate((int) $m[2], (int) $m[3], (int) $m[1]) ? $value : '';
        else $value = sanitize_text_field($value);
        if ($value !== '') {
            $clean[$o['name']] = $value;
            continue;
        }
        // Refused: said on the page, in the widget's own words; what was typed comes back in
        // its field, and the value saved before stays until a good one replaces it (the
        // browser's check, admin.js, stops most of these first).
        $refused[$o['name']] = $typed;
        $before = botox_guide_settings();
        if (isset($before[$o['name']])) $clean[$o['name']] = $before[$o['name']];
        add_settings_error('botox_guide_settings', 'botox-guide-' . $o['name'], botox_guide_refusal($o, $typed));
    }
    if (!empty($refused)) set_transient('botox_guide_refused_' . get_current_user_id(), $refused, 300);
    return $clean;
}

/** The widget's sentence for a refused value, with the field's label first. */
function botox_guide_refusal($o, $value) {
    $words = str_replace(['{option}', '{value}', '{expected}'], [$o['name'], $value, $o['expected']], botox_guide_spec()['warning']);
    /* translators: 1: a field's label, 2: why its value was not saved */
    return sprintf(__('%1$s was not saved. %2$s', 'botox-guide'), botox_guide_t($o['label']), preg_replace('/ Using the default instead\.$/', '', $words));
}

/** A text of the option list (label, help, choice) in the admin's language
 *  (languages/botox-guide-<locale>.mo, generated with the list). */
function botox_guide_t($text) {
    // phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- the texts are generated data, and in the .pot.
    return translate($text, 'botox-guide');
}

/** "Settings" beside Deactivate on the Plugins screen. */
add_filter('plugin_action_links_' . plugin_basename(__FILE__), function ($links) {
    array_unshift($links, '<a href="' . esc_url(admin_url('options-general.php?page=botox-guide')) . '">' . esc_html__('Settings', 'botox-guide') . '</a>');
    return $links;
});

add_action('admin_menu', function () {
    add_options_page(__('Botox guide', 'botox-guide'), __('Botox guide', 'botox-guide'), 'manage_options', 'botox-guide', 'botox_guide_settings_page');
});

/** The settings page checks each value as the widget will (its rules and words, from the
 *  snippet builder's data, builder-data.js) before anything is sent. */
add_action('admin_enqueue_scripts', function ($hook) {
    if ($hook !== 'settings_page_botox-guide') return;
    wp_enqueue_script('botox-guide-admin', plugins_url('admin.js', __FILE__), ['botox-guide-rules'], botox_guide_spec()['version'], true);
});

/** The block editor: the option table in words for the sidebar (block.js), and embed.js so
 *  the block's preview is the live guide. */
add_action('enqueue_block_editor_assets', function () {
    $options = [];
    foreach (botox_guide_spec()['options'] as $o) {
        $values = is_array($o['values']) ? array_map('botox_guide_t', $o['values']) : null;
        $options[] = ['name' => $o['name'], 'block' => $o['block'], 'label' => botox_guide_t($o['label']), 'rule' => $o['rule'], 'input' => $o['input'], 'doc' => botox_guide_t($o['doc']), 'values' => $values, 'advanced' => $o['advanced']];
    }
    $words = [
        'same' => __('As in Settings → Botox guide', 'botox-guide'),
        'empty' => __('Empty fields use Settings → Botox guide.', 'botox-guide'),
        'developers' => __('For web developers', 'botox-guide'),
        /* translators: %s: a tab's name */
        'moveUp' => __('Move %s up', 'botox-guide'),
        'title' => __('Botox guide', 'botox-guide'),
    ];
    wp_add_inline_script('botox-guide-rules', 'window.BOTOX_GUIDE_WP = ' . wp_json_encode(['options' => $options, 'words' => $words]) . ';', 'before');
    wp_enqueue_script('botox-guide');
});

function botox_guide_settings_page() {
    if (!current_user_can('manage_options')) return;
    $settings = botox_guide_settings();
    $refused = get_transient('botox_guide_refused_' . get_current_user_id());
    if (is_array($refused)) delete_transient('botox_guide_refused_' . get_current_user_id());
    else $refused = [];
    echo '<div class="wrap"><h1>' . esc_html__('Botox guide', 'botox-guide') . '</h1>';
    echo '<p>' . esc_html__('Defaults for every [botox_guide] shortcode and Botox guide block on this site; a shortcode or block can still set its own.', 'botox-guide') . '</p>';
    echo '<form method="post" action="options.php" id="botox-guide-settings" novalidate>';
    settings_fields('botox_guide');
    echo '<table class="form-table" role="presentation">';
    foreach (botox_guide_spec()['options'] as $o) {
        if (!$o['setting']) continue;
        $id = 'botox-guide-' . $o['name'];
        $field = 'botox_guide_settings[' . $o['name'] . ']';
        $bad = array_key_exists($o['name'], $refused);
        $value = $bad ? $refused[$o['name']] : ($settings[$o['name']] ?? '');
        $described = esc_attr($id . '-help ' . $id . '-warning');
        $common = ' id="' . esc_attr($id) . '" name="' . esc_attr($field) . '" data-option="' . esc_attr($o['name']) . '" aria-describedby="' . $described . '"' . ($bad ? ' aria-invalid="true"' : '');
        echo '<tr><th scope="row"><label for="' . esc_attr($id) . '">' . esc_html(botox_guide_t($o['label'])) . '</label></th><td>';
        if (is_array($o['values'])) {
            $suggested = botox_guide_suggested($o['name']);
            $default = $suggested === '' || !isset($o['values'][$suggested])
                ? __('Default', 'botox-guide')
                /* translators: %s: a choice such as "United Kingdom" */
                : sprintf(__('Default for this site: %s', 'botox-guide'), botox_guide_t($o['values'][$suggested]));
            echo '<select' . $common . '><option value="">' . esc_html($default) . '</option>';
            foreach ($o['values'] as $v => $label) echo '<option value="' . esc_attr($v) . '"' . selected($value, $v, false) . '>' . esc_html(botox_guide_t($label)) . '</option>';
            echo '</select>';
        } else {
            // The browser's own control for the rule (options.php, from the Rust table): a date
            // control cannot make an impossible date (a refused one sent another way comes
            // back as text, so what was typed shows).
            $type = $bad && in_array($o['input'], ['date', 'datetime-local'], true) ? 'text' : $o['input'];
            echo '<input class="regular-text" type="' . $type . '"' . $common . ' value="' . esc_attr($value) . '">';
        }
        echo '<p class="description" id="' . esc_attr($id) . '-warning" role="alert" style="color:#b32d2e">' . ($bad ? esc_html(botox_guide_refusal($o, $value)) : '') . '</p>';
        echo '<p class="description" id="' . esc_attr($id) . '-help">' . esc_html(botox_guide_t($o['doc'])) . '</p></td></tr>';
    }
    echo '</table>';
    submit_button();
    echo '</form></div>';
}
