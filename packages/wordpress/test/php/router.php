<?php
/**
 * Router of the test site's PHP built-in server: files as they are, everything else through
 * WordPress. Pages carry a Content-Security-Policy without 'unsafe-eval', so a widget that
 * needed eval or new Function would show up as a violation.
 */
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && is_file( __DIR__ . $path ) ) {
	return false;
}
header( "Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self' http://127.0.0.1:*; object-src 'none'; base-uri 'self'" );
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
