import { describe, expect, it } from 'vitest';
import { missingPrerequisites, prerequisitesError } from './wordpress-site.js';

describe('the WordPress test site on a machine without the Debian packages', () => {
  it('names every missing file with its package, and the command that installs them', () => {
    const missing = missingPrerequisites('/nonexistent');
    expect(missing).toContain('/usr/bin/php (php-cli)');
    expect(missing).toContain('/usr/share/wordpress/wp-load.php (wordpress)');
    expect(missing.some((m) => m.endsWith('(mariadb-server)'))).toBe(true);
    expect(missing.some((m) => m.endsWith('(wordpress-theme-twentytwentyone)'))).toBe(true);
    expect(prerequisitesError(missing).message).toMatch(
      /missing: .*php-cli.*Install them with: apt-get install -y --no-install-recommends wordpress .*php-cli php-mysql mariadb-server$/,
    );
  });
});
