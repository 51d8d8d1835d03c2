<?php
/**
 * Installs the test site: WordPress, the plugin activated, and one user per role.
 * Usage: php install.php (from the site's folder).
 */
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$result = wp_install( 'PRIM test', 'admin', 'admin@example.org', true, '', 'admin-password' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() );
	exit( 1 );
}
$activated = activate_plugin( 'prim-indicators/prim-indicators.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $activated->get_error_message() );
	exit( 1 );
}
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $role . '-password',
			'user_email' => $role . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	// No welcome guide in the block editor (it loads an image from wordpress.org).
	update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
// Offline: no avatars from gravatar.com.
update_option( 'show_avatars', 0 );
// As on a site past its first admin visit: WordPress otherwise tests the server's compression
// with a request from the first admin page, which the next navigation of a test cancels
// (net::ERR_ABORTED, counted as a failed request).
update_option( 'can_compress_scripts', 0 );
echo 'installed';
