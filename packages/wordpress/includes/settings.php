<?php
/**
 * Settings → PRIM indicators: the feed widgets read by default (fetched and checked on save,
 * so an editor sees a broken feed before readers do), the default language and the hosts
 * whose embed.html links are embedded. `.json` uploads are allowed for roles that can manage
 * options only.
 *
 * @package PrimIndicators
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option and its sanitiser. */
function prim_indicators_register_settings() {
	register_setting(
		'prim_indicators',
		'prim_indicators_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'prim_indicators_sanitize_settings',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', 'prim_indicators_register_settings' );

/** Adds the page under Settings. */
function prim_indicators_settings_menu() {
	add_options_page( __( 'PRIM indicators', 'prim-indicators' ), __( 'PRIM indicators', 'prim-indicators' ), 'manage_options', 'prim-indicators', 'prim_indicators_settings_page' );
}
add_action( 'admin_menu', 'prim_indicators_settings_menu' );

/**
 * Checks a feed as the widgets will read it: reachable, JSON, `prim-feed/1`, indicators with
 * ids and names. The widgets validate it fully; this catches what breaks every widget.
 *
 * @param string $url Feed URL.
 * @return array|WP_Error The feed's index {url, asOf, indicators: id => lang => {name}}.
 */
function prim_indicators_check_feed( $url ) {
	// Once per request, however many times WordPress sanitises the option.
	static $checked = array();
	if ( ! isset( $checked[ $url ] ) ) {
		$checked[ $url ] = prim_indicators_fetch_feed_index( $url );
	}
	return $checked[ $url ];
}

/**
 * Fetches and checks a feed (see prim_indicators_check_feed()).
 *
 * @param string $url Feed URL.
 * @return array|WP_Error
 */
function prim_indicators_fetch_feed_index( $url ) {
	$response = wp_remote_get( $url, array( 'timeout' => 10 ) );
	if ( is_wp_error( $response ) ) {
		/* translators: 1: URL, 2: error. */
		return new WP_Error( 'prim_feed', sprintf( __( 'The feed %1$s could not be fetched: %2$s', 'prim-indicators' ), $url, $response->get_error_message() ) );
	}
	$code = wp_remote_retrieve_response_code( $response );
	if ( 200 !== $code ) {
		/* translators: 1: URL, 2: HTTP status. */
		return new WP_Error( 'prim_feed', sprintf( __( 'The feed %1$s answered HTTP %2$d.', 'prim-indicators' ), $url, $code ) );
	}
	$feed = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( ! is_array( $feed ) ) {
		/* translators: 1: URL, 2: JSON error. */
		return new WP_Error( 'prim_feed', sprintf( __( 'The feed %1$s is not JSON: %2$s.', 'prim-indicators' ), $url, json_last_error_msg() ) );
	}
	if ( 'prim-feed/1' !== ( $feed['schema'] ?? null ) ) {
		return new WP_Error( 'prim_feed', __( '$.schema: expected "prim-feed/1".', 'prim-indicators' ) );
	}
	if ( ! isset( $feed['asOf'] ) || ! is_string( $feed['asOf'] ) || ! preg_match( PRIM_INDICATORS_DATE_PATTERN, $feed['asOf'] ) ) {
		return new WP_Error( 'prim_feed', __( '$.asOf: expected a date (YYYY-MM-DD).', 'prim-indicators' ) );
	}
	if ( ! isset( $feed['indicators'] ) || ! is_array( $feed['indicators'] ) || ! array_is_list( $feed['indicators'] ) ) {
		return new WP_Error( 'prim_feed', __( '$.indicators: expected a list.', 'prim-indicators' ) );
	}
	$indicators = array();
	foreach ( $feed['indicators'] as $i => $indicator ) {
		$id = $indicator['id'] ?? null;
		if ( ! is_string( $id ) || ! preg_match( PRIM_INDICATORS_ID_PATTERN, $id ) ) {
			/* translators: %d: index in the list. */
			return new WP_Error( 'prim_feed', sprintf( __( '$.indicators[%d].id: expected an id such as fund-completion.', 'prim-indicators' ), $i ) );
		}
		foreach ( array( 'fr', 'ar', 'en' ) as $lang ) {
			$name = $indicator['name'][ $lang ] ?? ( $indicator['name']['fr'] ?? $id );
			$indicators[ $id ][ $lang ] = array( 'name' => is_string( $name ) ? $name : $id );
		}
	}
	return array(
		'url'        => $url,
		'asOf'       => $feed['asOf'],
		'indicators' => $indicators,
	);
}

/**
 * Sanitises the settings form; an invalid field keeps its previous value and says why.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function prim_indicators_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = prim_indicators_settings();
	$clean    = $previous;

	$url = trim( (string) ( $input['feed_url'] ?? '' ) );
	if ( '' === $url ) {
		$clean['feed_url'] = '';
		delete_option( 'prim_indicators_feed_index' );
	} elseif ( esc_url_raw( $url, array( 'http', 'https' ) ) !== $url ) {
		add_settings_error( 'prim_indicators_settings', 'feed_url', sprintf( __( 'Feed URL: %s is not an http(s) address.', 'prim-indicators' ), $url ) );
	} else {
		$index = prim_indicators_check_feed( $url );
		if ( is_wp_error( $index ) ) {
			add_settings_error( 'prim_indicators_settings', 'feed_url', $index->get_error_message() );
		} else {
			$clean['feed_url'] = $url;
			update_option( 'prim_indicators_feed_index', $index, false );
		}
	}

	$lang = (string) ( $input['default_lang'] ?? 'fr' );
	if ( in_array( $lang, prim_indicators_catalog()['langs'], true ) ) {
		$clean['default_lang'] = $lang;
	}

	// WordPress sanitises twice when the option is first added: the second time, a list.
	$hosts = array();
	$lines = $input['embed_hosts'] ?? '';
	$lines = is_array( $lines ) ? array_map( 'strval', $lines ) : preg_split( '/\R/', (string) $lines );
	foreach ( $lines as $n => $line ) {
		$host = strtolower( trim( $line ) );
		if ( '' === $host ) {
			continue;
		}
		if ( ! preg_match( '/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/', $host ) ) {
			/* translators: 1: line number, 2: value. */
			add_settings_error( 'prim_indicators_settings', 'embed_hosts', sprintf( __( 'Embed hosts, line %1$d: %2$s is not a host name.', 'prim-indicators' ), $n + 1, $host ) );
			return $clean;
		}
		$hosts[] = $host;
	}
	$clean['embed_hosts'] = $hosts;
	return $clean;
}

/** The settings page. */
function prim_indicators_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = prim_indicators_settings();
	$index    = get_option( 'prim_indicators_feed_index', array() );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'PRIM indicators', 'prim-indicators' ); ?></h1>
		<p>
			<?php
			if ( '' === $settings['feed_url'] ) {
				esc_html_e( 'Widgets read the PRIM feed bundled with the plugin.', 'prim-indicators' );
			} else {
				/* translators: 1: date, 2: number of indicators. */
				echo esc_html( sprintf( __( 'Feed checked: as of %1$s, %2$d indicators.', 'prim-indicators' ), $index['asOf'] ?? '?', count( $index['indicators'] ?? array() ) ) );
			}
			?>
		</p>
		<form method="post" action="options.php">
			<?php settings_fields( 'prim_indicators' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="prim-feed-url"><?php esc_html_e( 'Feed URL', 'prim-indicators' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="prim-feed-url" name="prim_indicators_settings[feed_url]" value="<?php echo esc_attr( $settings['feed_url'] ); ?>" placeholder="<?php echo esc_attr( prim_indicators_bundled_feed_url() ); ?>" />
						<p class="description"><?php esc_html_e( 'Empty: the bundled feed. The feed is fetched and checked when you save; its host must send CORS headers if it is not this site.', 'prim-indicators' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="prim-default-lang"><?php esc_html_e( 'Default language', 'prim-indicators' ); ?></label></th>
					<td>
						<select id="prim-default-lang" name="prim_indicators_settings[default_lang]">
							<?php foreach ( array( 'fr' => 'Français', 'ar' => 'العربية', 'en' => 'English' ) as $code => $label ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['default_lang'], $code ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="prim-embed-hosts"><?php esc_html_e( 'Embed hosts', 'prim-indicators' ); ?></label></th>
					<td>
						<textarea id="prim-embed-hosts" class="regular-text code" rows="3" name="prim_indicators_settings[embed_hosts]"><?php echo esc_textarea( implode( "\n", $settings['embed_hosts'] ) ); ?></textarea>
						<p class="description"><?php esc_html_e( 'One host name a line: embed.html links from these hosts (and from this site) become resizing iframes.', 'prim-indicators' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * Lets roles that can manage options upload feeds (`.json`) to the Media Library.
 *
 * @param array $mimes Extension => MIME type.
 * @return array
 */
function prim_indicators_upload_mimes( $mimes ) {
	if ( current_user_can( 'manage_options' ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'prim_indicators_upload_mimes' );

/**
 * PHP reads a JSON file's type as text/plain or application/json; WordPress would refuse it
 * as not matching its extension.
 *
 * @param array  $data     {ext, type, proper_filename}.
 * @param string $file     Uploaded file path.
 * @param string $filename Its name.
 * @return array
 */
function prim_indicators_check_json_type( $data, $file, $filename ) {
	if ( current_user_can( 'manage_options' ) && empty( $data['type'] ) && 'json' === strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) ) ) {
		$data['ext']  = 'json';
		$data['type'] = 'application/json';
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'prim_indicators_check_json_type', 10, 3 );
