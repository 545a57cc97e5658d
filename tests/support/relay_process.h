#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace lifeline::test {

// The built program `name` (build/bin, or $LIFELINE_BIN_DIR as CTest sets it).
QString binaryPath(const QString& name);

// Runs a lifeline-relay command to completion; returns exit code and output.
struct Finished
{
    int exitCode = -1;
    QString output;
};
Finished runRelay(const QStringList& args, const QByteArray& input = {});

// A lifeline-relay serving in the background until destroyed (SIGTERM, then wait).
class ServingRelay
{
public:
    // `flags` follow "serve --data-dir DIR"; the relay must end up on 127.0.0.1.
    explicit ServingRelay(const QString& dataDir,
                          const QStringList& flags = {"--listen", "127.0.0.1", "--port", "0"});
    ~ServingRelay();
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};

}  // namespace lifeline::test
