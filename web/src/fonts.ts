// Customer names and letters come in Telugu too; not every machine has a Telugu font, so the app brings the Noto
// one the PDFs use. The unicode range means a browser downloads it only for a page that shows Telugu.
import regular from '@expo-google-fonts/noto-sans-telugu/400Regular/NotoSansTelugu_400Regular.ttf?url';
import bold from '@expo-google-fonts/noto-sans-telugu/700Bold/NotoSansTelugu_700Bold.ttf?url';

const TELUGU = 'U+0C00-0C7F, U+200C-200D, U+25CC';

export function loadFonts(): void {
  if (typeof FontFace === 'undefined') return;
  for (const [url, weight] of [[regular, '400'], [bold, '700']] as const) {
    document.fonts.add(new FontFace('Noto Sans Telugu', `url(${url})`, { weight, unicodeRange: TELUGU, display: 'swap' }));
  }
}
