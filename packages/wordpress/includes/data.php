<?php
/**
 * The plugin's data files (written by `pnpm build` from the TypeScript model) and settings.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file of the plugin's data/ folder, decoded once per request.
 *
 * @param string $name File name without extension: catalog, headlines.
 * @return array The decoded file, or an empty array when it is missing (a source checkout).
 */
function prim_indicators_data( $name ) {
	static $cache = array();
	if ( ! isset( $cache[ $name ] ) ) {
		$path = PRIM_INDICATORS_DIR . '/data/' . $name . '.json';
		$json = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$data = false === $json ? null : json_decode( $json, true );
		$cache[ $name ] = is_array( $data ) ? $data : array();
	}
	return $cache[ $name ];
}

/**
 * The widgets, languages and themes attributes are validated against (data/catalog.json).
 *
 * @return array{langs: string[], themes: string[], widgets: array<string, array>}
 */
function prim_indicators_catalog() {
	return wp_parse_args(
		prim_indicators_data( 'catalog' ),
		array(
			'langs'   => array( 'fr', 'ar', 'en' ),
			'themes'  => array( 'light', 'dark', 'auto' ),
			'widgets' => array(),
		)
	);
}

/**
 * URL of a file shipped in the plugin folder.
 *
 * @param string $path Path inside the plugin, e.g. 'assets/prim-widgets.js'.
 * @return string
 */
function prim_indicators_url( $path ) {
	return plugins_url( $path, PRIM_INDICATORS_FILE );
}

/** The feed shipped in the plugin. */
function prim_indicators_bundled_feed_url() {
	return prim_indicators_url( 'data/prim.feed.json' );
}

/**
 * The settings, with their defaults.
 *
 * @return array{feed_url: string, default_lang: string, embed_hosts: string[]}
 */
function prim_indicators_settings() {
	$saved = get_option( 'prim_indicators_settings', array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'feed_url'     => '',
			'default_lang' => 'fr',
			'embed_hosts'  => array(),
		)
	);
}

/** The feed widgets read when no src attribute is given: the settings' one, else the bundled one. */
function prim_indicators_default_feed_url() {
	$settings = prim_indicators_settings();
	return '' !== $settings['feed_url'] ? $settings['feed_url'] : prim_indicators_bundled_feed_url();
}
