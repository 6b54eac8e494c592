import { cardResponse } from '@/app/og/_card-response';
import { siteCard, vazirmatnFonts } from '@/lib/og/cards';
import { site } from '@/lib/site';

/** `/og/site.jpg`: the site's social card, the default for every page that is not an article. */
export const dynamic = 'force-static';

export function GET() {
  return cardResponse(siteCard(site, vazirmatnFonts()));
}
