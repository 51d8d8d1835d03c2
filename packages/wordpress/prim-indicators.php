<?php
/**
 * Plugin Name:       PRIM indicators
 * Plugin URI:        https://github.com/prim-indicators/prim-indicators
 * Description:       PRIM indicator widgets for every author: the [prim] shortcode, the "PRIM widget" block and resizing embeds of embed.html links, with the widget bundle and the built-in PRIM feed included.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            PRIM indicators contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       prim-indicators
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

define( 'PRIM_INDICATORS_VERSION', '0.1.0' );
define( 'PRIM_INDICATORS_FILE', __FILE__ );
define( 'PRIM_INDICATORS_DIR', __DIR__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/settings.php';
