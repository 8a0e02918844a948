# shellcheck shell=bash
# The Chinese font for bulletin PDFs: a TrueType-outline font that PDFBox can subset and embed.
# The Noto CJK fonts Debian installs by default have CFF outlines, which PDFBox cannot subset, so
# WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei, GPL-2 with the font exception) is used instead.
# PORTAL_BULLETIN_FONT names another TrueType font file (.ttf, or a .ttc).
PORTAL_DEFAULT_CJK_FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc

# Installs fonts-wqy-zenhei when no configured font exists; returns 1 when it cannot.
ensure_cjk_font() {
  local font=${PORTAL_BULLETIN_FONT:-$PORTAL_DEFAULT_CJK_FONT}
  [ -r "$font" ] && return 0
  if [ -n "${PORTAL_BULLETIN_FONT:-}" ]; then
    echo "PORTAL_BULLETIN_FONT=$PORTAL_BULLETIN_FONT is not a readable font file" >&2
    return 1
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "the bulletin PDF needs a TrueType Chinese font: run as root or: apt-get install fonts-wqy-zenhei" >&2
    return 1
  fi
  echo "Installing fonts-wqy-zenhei (Chinese font for bulletin PDFs) ..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null; } || {
    echo "could not install fonts-wqy-zenhei with apt-get" >&2
    return 1
  }
  [ -r "$font" ]
}
