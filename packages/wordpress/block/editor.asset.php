<?php
/**
 * Dependencies of editor.js (plain JavaScript on WordPress's globals: no build step).
 *
 * @package PrimIndicators
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
