<?php
/**
 * The dynamic block prim/widget: same attributes as the shortcode (camelCase `asOf`),
 * rendered on the server by the same code; the editor script needs no build step.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/** The block's own attributes (block.json). */
const PRIM_INDICATORS_BLOCK_ATTRIBUTES = array( 'widget', 'indicator', 'lang', 'asOf', 'region', 'commune', 'theme', 'by', 'layout', 'src' );

/** Registers the block from block/block.json. */
function prim_indicators_register_block() {
	register_block_type(
		PRIM_INDICATORS_DIR . '/block',
		array( 'render_callback' => 'prim_indicators_render_block' )
	);
	$catalog   = prim_indicators_catalog();
	$headlines = prim_indicators_data( 'headlines' );
	$names     = array();
	foreach ( $headlines['indicators'] ?? array() as $id => $by_lang ) {
		$names[] = array(
			'id'   => $id,
			'name' => $by_lang[ prim_indicators_editor_lang() ]['name'] ?? $id,
		);
	}
	$widgets = array();
	foreach ( $catalog['widgets'] as $name => $spec ) {
		$widgets[] = array(
			'name'               => $name,
			'indicatorAttribute' => $spec['indicatorAttribute'] ?? '',
			'defaultIndicator'   => $spec['defaultIndicator'] ?? '',
			'options'            => (object) $spec['options'],
		);
	}
	wp_add_inline_script(
		generate_block_asset_handle( 'prim/widget', 'editorScript' ),
		'window.primIndicatorsEditor = ' . wp_json_encode(
			array(
				'widgets'     => $widgets,
				'indicators'  => $names,
				'langs'       => $catalog['langs'],
				'themes'      => $catalog['themes'],
				'defaultLang' => prim_indicators_settings()['default_lang'],
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'prim_indicators_register_block' );

/** The indicator names' language in the editor: the user's, when it is one of the feed's. */
function prim_indicators_editor_lang() {
	$lang = substr( function_exists( 'get_user_locale' ) ? get_user_locale() : 'fr', 0, 2 );
	return in_array( $lang, array( 'fr', 'ar', 'en' ), true ) ? $lang : 'fr';
}

/**
 * Renders the block inside the theme's block wrapper (alignment, spacing).
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function prim_indicators_render_block( $attributes ) {
	$raw = array();
	foreach ( (array) $attributes as $name => $value ) {
		// className and other block supports are the wrapper's, not the widget's.
		if ( in_array( $name, PRIM_INDICATORS_BLOCK_ATTRIBUTES, true ) && is_string( $value ) && '' !== $value ) {
			$raw[ 'asOf' === $name ? 'as-of' : $name ] = $value;
		}
	}
	return '<div ' . get_block_wrapper_attributes( array( 'class' => 'prim-widget' ) ) . '>' . prim_indicators_render( $raw ) . '</div>';
}

/** The widget script in the block editor, so the preview draws. */
function prim_indicators_editor_assets() {
	prim_indicators_enqueue_widgets();
}
add_action( 'enqueue_block_editor_assets', 'prim_indicators_editor_assets' );

/**
 * Automatic excerpts drop blocks not listed here; the block's fallback text belongs there.
 *
 * @param string[] $blocks Block names kept in excerpts.
 * @return string[]
 */
function prim_indicators_block_in_excerpts( $blocks ) {
	$blocks[] = 'prim/widget';
	return $blocks;
}
add_filter( 'excerpt_allowed_blocks', 'prim_indicators_block_in_excerpts' );
