#pragma once

#include <QWidget>

#include "session/chat.h"

class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace lifeline::ui {

// A session's chat: the history with times and sender names, a line to type in and Send.
// Used by the applet and the console. Knows nothing about the network: the owner feeds it
// lines and sends what sendRequested() hands over.
class ChatView : public QWidget
{
    Q_OBJECT

public:
    explicit ChatView(QWidget* parent = nullptr);

    void addLine(const session::ChatLine& line);
    void setInputEnabled(bool enabled);
    int lineCount() const { return m_lines; }
    QString historyText() const;
    QLineEdit* input() const { return m_input; }
    QPushButton* sendButton() const { return m_send; }

signals:
    void sendRequested(const QString& text);

private:
    void submit();

    QTextBrowser* m_history;
    QLineEdit* m_input;
    QPushButton* m_send;
    int m_lines = 0;
};

}  // namespace lifeline::ui
