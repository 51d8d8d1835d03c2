<?php
/**
 * Attribute validation, shared by the shortcode, the block and the embed handler: every value
 * is checked against the widget's own closed lists or a strict pattern, so that nothing a
 * Contributor types can become markup or script.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/** Ids in feeds (indicators, regions, communes): lower-case letters, digits and hyphens. */
const PRIM_INDICATORS_ID_PATTERN = '/^[a-z0-9-]+$/';

/** A calendar date. */
const PRIM_INDICATORS_DATE_PATTERN = '/^\d{4}-\d{2}-\d{2}$/';

/**
 * Spellings accepted for each attribute, by canonical (element) name. The block's JSON uses
 * camelCase; WordPress lower-cases shortcode attribute names.
 */
const PRIM_INDICATORS_ALIASES = array(
	'widget'     => array( 'widget' ),
	'indicator'  => array( 'indicator', 'indicators' ),
	'lang'       => array( 'lang' ),
	'theme'      => array( 'theme' ),
	'as-of'      => array( 'as-of', 'as_of', 'asof' ),
	'region'     => array( 'region' ),
	'commune'    => array( 'commune' ),
	'by'         => array( 'by' ),
	'layout'     => array( 'layout' ),
	'src'        => array( 'src' ),
);

/**
 * The widget a name designates: the short name ('indicator') or the element's tag
 * ('prim-indicator', as the embed builder writes it).
 *
 * @param string $name Name as typed.
 * @return string|null Short name, or null when unknown.
 */
function prim_indicators_widget_name( $name ) {
	$widgets = prim_indicators_catalog()['widgets'];
	$short   = preg_replace( '/^prim-/', '', strtolower( trim( (string) $name ) ) );
	return isset( $widgets[ $short ] ) ? $short : null;
}

/**
 * A value as text for an error message: shortened, never interpreted.
 *
 * @param mixed $value The value as typed.
 * @return string
 */
function prim_indicators_quote( $value ) {
	$text = is_scalar( $value ) ? (string) $value : wp_json_encode( $value );
	return '"' . ( mb_strlen( $text ) > 60 ? mb_substr( $text, 0, 60 ) . '…' : $text ) . '"';
}

/**
 * Validates attributes as typed into a shortcode, a block or an embed URL.
 *
 * @param array $raw Attributes, any spelling of PRIM_INDICATORS_ALIASES (lower-cased keys).
 * @return array|WP_Error {widget, tag, src, attributes: name => value in element order},
 *                        or an error naming the attribute and the accepted values.
 */
function prim_indicators_validate_attributes( array $raw ) {
	$catalog = prim_indicators_catalog();
	$values  = array();
	foreach ( $raw as $key => $value ) {
		$key       = strtolower( (string) $key );
		$canonical = null;
		foreach ( PRIM_INDICATORS_ALIASES as $name => $spellings ) {
			if ( in_array( $key, $spellings, true ) ) {
				$canonical = $name;
			}
		}
		if ( null === $canonical ) {
			return new WP_Error(
				'prim_unknown_attribute',
				sprintf(
					/* translators: 1: attribute name, 2: list of names. */
					__( 'Unknown attribute %1$s; known: %2$s.', 'prim-indicators' ),
					prim_indicators_quote( $key ),
					implode( ', ', array_keys( PRIM_INDICATORS_ALIASES ) )
				)
			);
		}
		if ( ! is_scalar( $value ) ) {
			return new WP_Error( 'prim_invalid_attribute', sprintf( __( 'Attribute %s must be text.', 'prim-indicators' ), $canonical ) );
		}
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$values[ $canonical ] = $value;
		}
	}

	$widget = prim_indicators_widget_name( $values['widget'] ?? 'indicator' );
	if ( null === $widget ) {
		return prim_indicators_invalid( 'widget', $values['widget'], array_keys( $catalog['widgets'] ) );
	}
	$spec       = $catalog['widgets'][ $widget ];
	$attributes = array();

	if ( isset( $values['indicator'] ) ) {
		if ( empty( $spec['indicatorAttribute'] ) ) {
			return new WP_Error( 'prim_invalid_attribute', sprintf( __( 'The %s widget takes no indicator attribute.', 'prim-indicators' ), $widget ) );
		}
		$ids = preg_split( '/\s+/', $values['indicator'] );
		if ( 'indicator' === $spec['indicatorAttribute'] && count( $ids ) > 1 ) {
			return new WP_Error( 'prim_invalid_attribute', sprintf( __( 'The %s widget shows one indicator: %s.', 'prim-indicators' ), $widget, prim_indicators_quote( $values['indicator'] ) ) );
		}
		foreach ( $ids as $id ) {
			if ( ! preg_match( PRIM_INDICATORS_ID_PATTERN, $id ) ) {
				return prim_indicators_malformed( 'indicator', $id, 'fund-completion' );
			}
		}
		$attributes[ $spec['indicatorAttribute'] ] = implode( ' ', $ids );
	} elseif ( ! empty( $spec['indicatorAttribute'] ) && ! empty( $spec['defaultIndicator'] ) ) {
		$attributes[ $spec['indicatorAttribute'] ] = $spec['defaultIndicator'];
	}

	foreach ( array( 'by', 'layout' ) as $option ) {
		if ( ! isset( $values[ $option ] ) ) {
			continue;
		}
		$allowed = $spec['options'][ $option ] ?? array();
		if ( ! in_array( $values[ $option ], $allowed, true ) ) {
			return $allowed
				? prim_indicators_invalid( $option, $values[ $option ], $allowed )
				: new WP_Error( 'prim_invalid_attribute', sprintf( __( 'The %1$s widget takes no %2$s attribute.', 'prim-indicators' ), $widget, $option ) );
		}
		$attributes[ $option ] = $values[ $option ];
	}

	$settings           = prim_indicators_settings();
	$lang               = $values['lang'] ?? $settings['default_lang'];
	if ( ! in_array( $lang, $catalog['langs'], true ) ) {
		return prim_indicators_invalid( 'lang', $lang, $catalog['langs'] );
	}
	$attributes['lang'] = $lang;

	if ( isset( $values['theme'] ) ) {
		if ( ! in_array( $values['theme'], $catalog['themes'], true ) ) {
			return prim_indicators_invalid( 'theme', $values['theme'], $catalog['themes'] );
		}
		$attributes['theme'] = $values['theme'];
	}
	if ( isset( $values['as-of'] ) ) {
		if ( ! preg_match( PRIM_INDICATORS_DATE_PATTERN, $values['as-of'] ) || ! wp_checkdate( (int) substr( $values['as-of'], 5, 2 ), (int) substr( $values['as-of'], 8, 2 ), (int) substr( $values['as-of'], 0, 4 ), $values['as-of'] ) ) {
			return prim_indicators_malformed( 'as-of', $values['as-of'], '2022-12-31' );
		}
		$attributes['as-of'] = $values['as-of'];
	}
	foreach ( array( 'region', 'commune' ) as $place ) {
		if ( isset( $values[ $place ] ) ) {
			if ( ! preg_match( PRIM_INDICATORS_ID_PATTERN, $values[ $place ] ) ) {
				return prim_indicators_malformed( $place, $values[ $place ], 'oriental' );
			}
			$attributes[ $place ] = $values[ $place ];
		}
	}

	$src = '';
	if ( isset( $values['src'] ) ) {
		$scheme = wp_parse_url( $values['src'], PHP_URL_SCHEME );
		$host   = wp_parse_url( $values['src'], PHP_URL_HOST );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $host ) || esc_url_raw( $values['src'], array( 'http', 'https' ) ) !== $values['src'] ) {
			return prim_indicators_malformed( 'src', $values['src'], 'https://example.org/prim.feed.json' );
		}
		$src = $values['src'];
	}

	return array(
		'widget'     => $widget,
		'tag'        => $spec['tag'],
		'src'        => $src,
		'attributes' => $attributes,
	);
}

/**
 * An error for a value outside a closed list.
 *
 * @param string   $name    Attribute.
 * @param string   $value   Value as typed.
 * @param string[] $allowed Accepted values.
 * @return WP_Error
 */
function prim_indicators_invalid( $name, $value, array $allowed ) {
	return new WP_Error(
		'prim_invalid_attribute',
		sprintf(
			/* translators: 1: attribute, 2: value, 3: accepted values. */
			__( 'Attribute %1$s: %2$s is not one of %3$s.', 'prim-indicators' ),
			$name,
			prim_indicators_quote( $value ),
			implode( ', ', $allowed )
		)
	);
}

/**
 * An error for a value that does not have the expected form.
 *
 * @param string $name    Attribute.
 * @param string $value   Value as typed.
 * @param string $example A valid value.
 * @return WP_Error
 */
function prim_indicators_malformed( $name, $value, $example ) {
	return new WP_Error(
		'prim_invalid_attribute',
		sprintf(
			/* translators: 1: attribute, 2: value, 3: a valid example. */
			__( 'Attribute %1$s: %2$s is not valid (example: %3$s).', 'prim-indicators' ),
			$name,
			prim_indicators_quote( $value ),
			$example
		)
	);
}
