#include "support/relay_process.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include "support/wait.h"

namespace lifeline::test {

QString binaryPath(const QString& name)
{
    return qEnvironmentVariable("LIFELINE_BIN_DIR", "build/bin") + "/" + name;
}

Finished runRelay(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binaryPath("lifeline-relay"), args);
    EXPECT_TRUE(process.waitForStarted()) << binaryPath("lifeline-relay").toStdString();
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

ServingRelay::ServingRelay(const QString& dataDir, const QStringList& flags)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binaryPath("lifeline-relay"), QStringList{"serve", "--data-dir", dataDir} + flags);
    const QRegularExpression listening("listening on 127\\.0\\.0\\.1:(\\d+)");
    EXPECT_TRUE(waitUntil([&] {
        m_output += QString::fromUtf8(m_process.readAll());
        auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
        }
        return m_port != 0 || m_process.state() == QProcess::NotRunning;
    }, 20000)) << m_output.toStdString();
    EXPECT_NE(m_port, 0) << m_output.toStdString();
}

ServingRelay::~ServingRelay()
{
    m_process.terminate();
    m_process.waitForFinished(10000);
}

}  // namespace lifeline::test
