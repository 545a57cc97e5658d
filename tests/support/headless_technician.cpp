#include "support/headless_technician.h"

#include <gtest/gtest.h>

namespace lifeline::test {

HeadlessTechnician::HeadlessTechnician(RelayHarness& relay)
{
    if (!relay.store().accountByEmail("ann@example.com")->has_value()) {
        relay.addAccount("ann@example.com", "correct horse battery", "Ann");
    }
    end = relay.connectTechnician();
    log = std::make_unique<LinkRecorder>(end.get());
    EXPECT_TRUE(relay.signIn(*end, "ann@example.com", "correct horse battery").ok());
    auto created = relay.createSession(*end, "Bob");
    EXPECT_TRUE(created.ok());
    if (created) {
        pin = QString::fromStdString(created->pin());
        sessionId = created->session_id();
    }
    viewer = std::make_unique<session::ScreenViewer>(session::peerSenderFor(*end));
    input = std::make_unique<session::ControlSender>(session::peerSenderFor(*end), 0);
    consent = std::make_unique<session::RemoteConsent>(session::peerSenderFor(*end));
    chat = std::make_unique<session::Chat>(session::peerSenderFor(*end), "Ann", "Bob");
    session::FileTransfers::Options fileOptions;
    fileOptions.receiveFolder = inbox.path().toStdString();
    files = std::make_unique<session::FileTransfers>(session::peerSenderFor(*end), fileOptions);
    QObject::connect(end.get(), &session::RelayLink::peerFrame, end.get(), [this](const std::string& payload) {
        auto envelope = protocol::parseEnvelope(payload);
        ASSERT_TRUE(envelope.ok());
        if (envelope->has_video_frame()) ++videoFrames;
        EXPECT_TRUE(viewer->handle(*envelope) || input->handle(*envelope) || consent->handle(*envelope) ||
                    chat->handle(*envelope) || files->handle(*envelope))
            << envelope->body_case();
    });
}

}  // namespace lifeline::test
