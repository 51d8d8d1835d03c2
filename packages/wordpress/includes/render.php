<?php
/**
 * The element a shortcode or a block becomes: the custom element with validated, escaped
 * attributes, and inside it a short fallback text (hidden by the widget's shadow root once it
 * draws) for excerpts, feeds, search engines and readers without JavaScript.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/**
 * HTML for a widget, or an error paragraph that says which attribute is wrong.
 *
 * @param array $raw Attributes as typed (see prim_indicators_validate_attributes()).
 * @return string
 */
function prim_indicators_render( array $raw ) {
	$widget = prim_indicators_validate_attributes( $raw );
	if ( is_wp_error( $widget ) ) {
		return prim_indicators_error_html( $widget );
	}
	prim_indicators_enqueue_widgets();

	$src  = '' !== $widget['src'] ? $widget['src'] : prim_indicators_default_feed_url();
	$html = prim_indicators_preload_html( $widget, $src ) . '<' . $widget['tag'] . ' src="' . esc_url( $src ) . '"';
	foreach ( $widget['attributes'] as $name => $value ) {
		// Names come from the catalogue, never from the input.
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';
	foreach ( prim_indicators_fallback_lines( $widget, $src ) as $line ) {
		$html .= '<p class="prim-fallback">' . esc_html( $line ) . '</p>';
	}
	return $html . '</' . $widget['tag'] . '>';
}

/**
 * Preload hints for what the element downloads first, as the embed builder's snippet writes
 * them: they start with the page rather than after the widgets' script, one round trip less
 * before the chart on a slow network. Each URL once per page; none in feeds.
 *
 * @param array  $widget Validated widget.
 * @param string $src    Feed URL the element reads.
 * @return string
 */
function prim_indicators_preload_html( array $widget, $src ) {
	static $printed = array();
	if ( is_feed() ) {
		return '';
	}
	$html = '';
	foreach ( prim_indicators_first_downloads( $widget, $src ) as $url ) {
		if ( isset( $printed[ $url ] ) ) {
			continue;
		}
		$printed[ $url ] = true;
		// crossorigin: a CORS request without cookies, as the element's fetch, so it is reused.
		$html .= '<link rel="preload" href="' . esc_url( $url ) . '" as="fetch" crossorigin>';
	}
	return $html;
}

/**
 * The feed, and the published views the element looks for first (the part the catalogue
 * names for its options, beside a feed named *.feed.json); only the feed when a region or
 * commune filter makes it compute from the feed.
 *
 * @param array  $widget Validated widget.
 * @param string $src    Feed URL the element reads.
 * @return string[]
 */
function prim_indicators_first_downloads( array $widget, $src ) {
	$attributes = $widget['attributes'];
	if ( isset( $attributes['region'] ) || isset( $attributes['commune'] ) ) {
		return array( $src );
	}
	$spec   = prim_indicators_catalog()['widgets'][ $widget['widget'] ];
	$values = array();
	foreach ( $spec['options'] as $name => $allowed ) {
		$values[] = $attributes[ $name ] ?? $allowed[0];
	}
	$key = implode( '|', $values );
	if ( ! array_key_exists( $key, $spec['viewsParts'] ?? array() ) ) {
		return array( $src );
	}
	$part  = $spec['viewsParts'][ $key ];
	// As the element: beside the feed's path, its query kept, its fragment dropped.
	$parts = explode( '?', explode( '#', $src, 2 )[0], 2 );
	$stem  = substr( $parts[0], 0, -strlen( '.feed.json' ) );
	if ( $stem . '.feed.json' !== $parts[0] ) {
		return array( $src );
	}
	$views = $stem . ( null === $part ? '.views.json' : '.views.' . $part . '.json' );
	return array( $src, $views . ( isset( $parts[1] ) ? '?' . $parts[1] : '' ) );
}

/**
 * An error readers and the editor see instead of a widget.
 *
 * @param WP_Error $error From prim_indicators_validate_attributes().
 * @return string
 */
function prim_indicators_error_html( WP_Error $error ) {
	return '<p class="prim-error" role="alert">' . esc_html( 'PRIM: ' . $error->get_error_message() ) . '</p>';
}

/**
 * The fallback text: per indicator the widget shows, its name and headline figure with its
 * period when the figure is known (the bundled feed, whole programme, at the feed's date),
 * else its name only; never a figure for a view it does not describe.
 *
 * @param array  $widget Validated widget.
 * @param string $src    Feed URL the element reads.
 * @return string[]
 */
function prim_indicators_fallback_lines( array $widget, $src ) {
	$catalog   = prim_indicators_catalog();
	$spec      = $catalog['widgets'][ $widget['widget'] ];
	$headlines = prim_indicators_data( 'headlines' );
	$known     = $headlines['indicators'] ?? array();
	$lang      = $widget['attributes']['lang'];
	$attribute = $spec['indicatorAttribute'] ?? '';
	$ids       = '' !== $attribute && isset( $widget['attributes'][ $attribute ] )
		? explode( ' ', $widget['attributes'][ $attribute ] )
		: ( $spec['reads'] ?? array() );
	$bundled   = $src === prim_indicators_bundled_feed_url();
	$whole     = ! isset( $widget['attributes']['as-of'] ) && ! isset( $widget['attributes']['region'] ) && ! isset( $widget['attributes']['commune'] );
	if ( ! $bundled ) {
		// Another feed: names from the settings page's last check of it, figures from the widget.
		$index = get_option( 'prim_indicators_feed_index', array() );
		$known = ( is_array( $index ) && ( $index['url'] ?? '' ) === $src ) ? ( $index['indicators'] ?? array() ) : array();
	}

	$lines = array();
	foreach ( array_slice( $ids, 0, 6 ) as $id ) {
		if ( ! isset( $known[ $id ][ $lang ] ) ) {
			$lines[] = $id;
			continue;
		}
		$lines[] = $bundled && $whole ? $known[ $id ][ $lang ]['text'] : $known[ $id ][ $lang ]['name'];
	}
	return $lines;
}
