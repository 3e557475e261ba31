// Legacy serial-port panel: the Qt dialog fills the C struct the old driver library expects.
#include <QDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QString>
#include <cstdio>
#include <cstring>

extern "C" {
struct port_config {
    char device[32];
    char label[48];
    int baud;
};
int port_open(const struct port_config* cfg);
}

class PortDialog : public QDialog {
public:
    explicit PortDialog(QWidget* parent = nullptr) : QDialog(parent) {}

    int openPort()
    {
        port_config cfg;
        std::memset(&cfg, 0, sizeof cfg);
        QByteArray dev = m_device->text().toLocal8Bit();
        if (dev.size() >= static_cast<int>(sizeof cfg.device))
            return -1;
        qstrncpy(cfg.device, dev.constData(), sizeof cfg.device);
        cfg.baud = m_baud->value();
        std::snprintf(cfg.label, sizeof cfg.label, "%s @ %d", cfg.device, cfg.baud);
        return port_open(&cfg);
    }

private:
    QLineEdit* m_device = nullptr;
    QSpinBox* m_baud = nullptr;
};
