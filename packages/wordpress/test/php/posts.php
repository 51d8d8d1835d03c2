<?php
/**
 * Writes posts as the given users, with WordPress's real content filtering of each role
 * (kses for Authors and Contributors). A Contributor's post is submitted for review and
 * published by the editor, as on a real site.
 * Usage: php posts.php < [{role, title, content}, …]; prints [{title, id, url, saved}, …] as JSON.
 */
require __DIR__ . '/wp-load.php';

$posts = json_decode( stream_get_contents( STDIN ), true );
$out   = array();
foreach ( $posts as $post ) {
	$user = get_user_by( 'login', $post['role'] );
	wp_set_current_user( $user->ID );
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $post['content'],
				'post_status'  => user_can( $user, 'publish_posts' ) ? 'publish' : 'pending',
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	if ( 'publish' !== get_post_status( $id ) ) {
		wp_set_current_user( get_user_by( 'login', 'editor' )->ID );
		wp_publish_post( $id );
	}
	$out[] = array(
		'title' => $post['title'],
		'id'    => $id,
		'url'   => get_permalink( $id ),
		'saved' => get_post_field( 'post_content', $id, 'raw' ),
	);
}
echo wp_json_encode( $out );
