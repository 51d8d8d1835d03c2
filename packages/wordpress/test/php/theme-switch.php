<?php
/**
 * Test site only (a must-use plugin): `?prim_test_theme=twentytwentyone` shows the page in
 * that installed theme, so one site is screenshot in several themes.
 */
$prim_test_theme = isset( $_GET['prim_test_theme'] ) ? preg_replace( '/[^a-z0-9-]/', '', $_GET['prim_test_theme'] ) : '';
if ( '' !== $prim_test_theme ) {
	add_filter( 'stylesheet', fn() => $prim_test_theme );
	add_filter( 'template', fn() => $prim_test_theme );
}
