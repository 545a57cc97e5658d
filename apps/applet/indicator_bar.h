#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lifeline::applet {

// The small always-on-top bar at the top of the screen while anything is shared: what is
// happening and by whom, Stop (takes back every permission, keeps chat) and Leave session.
class IndicatorBar : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorBar(QWidget* parent = nullptr);

    void setActivity(const QString& text);
    QString activity() const;
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* leaveButton() const { return m_leave; }
    // Top centre of the primary screen.
    void place();

signals:
    void stopClicked();
    void leaveClicked();

private:
    QLabel* m_text;
    QPushButton* m_stop;
    QPushButton* m_leave;
};

}  // namespace lifeline::applet
