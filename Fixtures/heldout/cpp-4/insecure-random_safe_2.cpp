// Pairing screen of the desktop companion app: shows a PIN the phone must type.
#include <QColor>
#include <QLabel>
#include <QRandomGenerator>
#include <QString>
#include <QWidget>

class PairingWidget : public QWidget {
public:
    explicit PairingWidget(QWidget* parent = nullptr) : QWidget(parent), pinLabel_(this) {}

    void startPairing()
    {
        // QRandomGenerator::system() reads the operating system's CSPRNG
        const quint32 pin = QRandomGenerator::system()->bounded(100000000u);
        currentPin_ = QString("%1").arg(pin, 8, 10, QChar('0'));
        pinLabel_.setText(currentPin_.left(4) + " " + currentPin_.mid(4));
        // the label colour is decoration only
        const int hue = QRandomGenerator::global()->bounded(360);
        pinLabel_.setStyleSheet(QString("color: %1").arg(QColor::fromHsv(hue, 160, 200).name()));
    }

    bool verify(const QString& typed) const { return !currentPin_.isEmpty() && typed == currentPin_; }

private:
    QLabel pinLabel_;
    QString currentPin_;
};
