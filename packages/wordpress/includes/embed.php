<?php
/**
 * Embeds of embed.html links: a URL such as
 * `https://prim.ma/widgets/embed.html?widget=prim-indicator&indicator=fund-completion`
 * alone on a line (classic editor) or in an Embed block becomes a resizing iframe, for any
 * role. Only links on the site's own host name (any port or path) and on hosts listed in
 * the settings are embedded; the iframe's address is rebuilt from validated attributes.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/** The host names whose embed.html links are embedded. */
function prim_indicators_embed_hosts() {
	$hosts = array( wp_parse_url( home_url(), PHP_URL_HOST ) );
	foreach ( prim_indicators_settings()['embed_hosts'] as $host ) {
		$hosts[] = $host;
	}
	return array_values( array_unique( array_filter( array_map( 'strtolower', $hosts ) ) ) );
}

/** Registers the embed handler for those hosts. */
function prim_indicators_register_embed() {
	$hosts = implode( '|', array_map( 'preg_quote', prim_indicators_embed_hosts() ) );
	wp_embed_register_handler(
		'prim-indicators',
		'#^https?://(?:' . $hosts . ')(?::\d+)?/(?:[^?\#\s]*/)?embed\.html\?\S*$#i',
		'prim_indicators_embed'
	);
}
add_action( 'init', 'prim_indicators_register_embed' );

/** Query parameters of embed.html the iframe keeps (the rest is dropped). */
const PRIM_INDICATORS_EMBED_PARAMETERS = array( 'widget', 'indicator', 'indicators', 'lang', 'theme', 'as-of', 'region', 'commune', 'by', 'layout', 'src' );

/**
 * The iframe for a matched link.
 *
 * @param array  $matches Regex matches.
 * @param array  $attr    Embed attributes.
 * @param string $url     The link.
 * @return string
 */
function prim_indicators_embed( $matches, $attr, $url ) {
	$url   = str_replace( '&amp;', '&', $url );
	$parts = wp_parse_url( $url );
	$query = array();
	wp_parse_str( $parts['query'] ?? '', $query );
	$raw = array_intersect_key( $query, array_flip( PRIM_INDICATORS_EMBED_PARAMETERS ) );
	if ( ! isset( $raw['widget'] ) ) {
		return esc_html( $url );
	}
	$widget = prim_indicators_validate_attributes( $raw );
	if ( is_wp_error( $widget ) ) {
		return prim_indicators_error_html( $widget );
	}
	prim_indicators_enqueue_resizer();

	$page   = $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' ) . ( $parts['path'] ?? '/' );
	$params = array( 'widget' => $widget['tag'] );
	if ( '' !== $widget['src'] ) {
		$params['src'] = $widget['src'];
	}
	$params = array_merge( $params, $widget['attributes'] );
	$src    = add_query_arg( array_map( 'rawurlencode', $params ), $page );
	$title  = implode( ' · ', prim_indicators_fallback_lines( $widget, '' !== $widget['src'] ? $widget['src'] : prim_indicators_bundled_feed_url() ) );

	// Height: a first guess until the page reports its own (see assets/prim-resize.js).
	return sprintf(
		'<iframe class="prim-embed" src="%1$s" title="%2$s" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="display:block;width:100%%;max-width:100%%;height:600px;border:0"></iframe>',
		esc_url( $src ),
		esc_attr( 'PRIM — ' . $title )
	);
}
