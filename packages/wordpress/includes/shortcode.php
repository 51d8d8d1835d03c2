<?php
/**
 * The [prim] shortcode: `[prim widget="indicator" indicator="fund-completion" lang="fr"]`.
 * Shortcodes survive every role's content filtering, so a Contributor can use it.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Attributes ('' when none).
 * @return string
 */
function prim_indicators_shortcode( $atts ) {
	return prim_indicators_render( is_array( $atts ) ? $atts : array() );
}
add_shortcode( 'prim', 'prim_indicators_shortcode' );

/**
 * Automatic excerpts strip shortcodes; this one is kept so its fallback text (the indicator's
 * name and figure) is what the excerpt and the RSS feed say.
 *
 * @param string[] $tags Shortcodes to strip.
 * @return string[]
 */
function prim_indicators_keep_in_excerpts( $tags ) {
	return array_values( array_diff( $tags, array( 'prim' ) ) );
}
add_filter( 'strip_shortcodes_tagnames', 'prim_indicators_keep_in_excerpts' );
