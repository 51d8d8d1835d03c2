<?php
/**
 * Whether each role may upload a feed: what the Media Library's upload check says about a
 * real JSON file named feed.json. Prints {login: type or false} as JSON.
 */
require __DIR__ . '/wp-load.php';

$file = tempnam( sys_get_temp_dir(), 'feed' );
file_put_contents( $file, '{"schema":"prim-feed/1"}' );
$out = array();
foreach ( array( 'admin', 'editor', 'author', 'contributor' ) as $login ) {
	wp_set_current_user( get_user_by( 'login', $login )->ID );
	$check         = wp_check_filetype_and_ext( $file, 'feed.json' );
	$out[ $login ] = $check['type'];
}
unlink( $file );
echo wp_json_encode( $out );
