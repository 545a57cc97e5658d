#pragma once

#include <memory>

#include <QTemporaryDir>

#include "session/chat.h"
#include "session/file_transfers.h"
#include "session/remote_consent.h"
#include "session/remote_control.h"
#include "session/screen_viewer.h"
#include "support/relay_harness.h"

namespace lifeline::test {

// The technician's end as the tests drive it: signed in to the harness's relay (account
// ann@example.com, nickname Ann), a session made, and on its link a screen viewer, an
// input sender, a mirror of the customer's consent, a chat and file transfers.
struct HeadlessTechnician
{
    explicit HeadlessTechnician(RelayHarness& relay);

    std::unique_ptr<session::TechnicianEnd> end;
    std::unique_ptr<LinkRecorder> log;
    QString pin;
    quint64 sessionId = 0;
    std::unique_ptr<session::ScreenViewer> viewer;
    std::unique_ptr<session::ControlSender> input;
    std::unique_ptr<session::RemoteConsent> consent;
    std::unique_ptr<session::Chat> chat;
    QTemporaryDir inbox;  // where files fetched from the customer land
    std::unique_ptr<session::FileTransfers> files;
    quint64 videoFrames = 0;
};

}  // namespace lifeline::test
