// Pairing screen of the desktop companion app: shows a PIN the phone must type.
#include <QDateTime>
#include <QLabel>
#include <QRandomGenerator>
#include <QString>
#include <QWidget>

class PairingWidget : public QWidget {
public:
    explicit PairingWidget(QWidget* parent = nullptr) : QWidget(parent), pinLabel_(this) {}

    void startPairing()
    {
        QRandomGenerator gen(static_cast<quint32>(QDateTime::currentMSecsSinceEpoch()));
        const quint32 pin = gen.bounded(100000000u); // expect: insecure-random
        currentPin_ = QString("%1").arg(pin, 8, 10, QChar('0'));
        pinLabel_.setText(currentPin_.left(4) + " " + currentPin_.mid(4));
    }

    bool verify(const QString& typed) const { return !currentPin_.isEmpty() && typed == currentPin_; }

private:
    QLabel pinLabel_;
    QString currentPin_;
};
