#pragma once

#include <QImage>
#include <QString>

namespace lifeline::console {

// `text` as a QR code (error correction M, UTF-8 bytes), black modules on white with the
// four-module quiet zone readers need, each module `moduleSize` pixels square. A null image
// when the text does not fit in a QR code.
QImage qrCodeImage(const QString& text, int moduleSize = 6);

}  // namespace lifeline::console
