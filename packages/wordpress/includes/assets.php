<?php
/**
 * Scripts, enqueued only on pages that show a widget: the widget bundle as an ES module
 * (the script-module API on WordPress 6.5+, a `type="module"` script tag before), and the
 * small classic script that resizes embedded iframes.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/** Enqueues the widget bundle (idempotent). */
function prim_indicators_enqueue_widgets() {
	$src = prim_indicators_url( 'assets/prim-widgets.js' );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'prim-widgets', $src, array(), PRIM_INDICATORS_VERSION );
		return;
	}
	wp_enqueue_script( 'prim-widgets', $src, array(), PRIM_INDICATORS_VERSION, true );
}

/**
 * WordPress 6.1–6.4 print every script as a classic one: the bundle is a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function prim_indicators_module_tag( $tag, $handle ) {
	if ( 'prim-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'prim_indicators_module_tag', 10, 2 );

/** Enqueues the iframe resizer (idempotent). */
function prim_indicators_enqueue_resizer() {
	wp_enqueue_script( 'prim-resize', prim_indicators_url( 'assets/prim-resize.js' ), array(), PRIM_INDICATORS_VERSION, true );
}
