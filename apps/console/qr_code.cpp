#include "console/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace lifeline::console {

QImage qrCodeImage(const QString& text, int moduleSize)
{
    const QByteArray bytes = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (code == nullptr || moduleSize < 1) return {};
    constexpr int kQuietZone = 4;
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte: the module is dark (the others are libqrencode's bookkeeping).
            if ((code->data[y * code->width + x] & 1) == 0) continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx) {
                    image.setPixel((x + kQuietZone) * moduleSize + dx, (y + kQuietZone) * moduleSize + dy, 1);
                }
            }
        }
    }
    return image;
}

}  // namespace lifeline::console
