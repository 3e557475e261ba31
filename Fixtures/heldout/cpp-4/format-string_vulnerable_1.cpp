// Chat relay for the LAN party tool: prints incoming messages to the debug log.
#include <QByteArray>
#include <QDebug>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUdpSocket>
#include <cstdio>

class ChatRelay : public QObject {
public:
    explicit ChatRelay(QObject* parent = nullptr) : QObject(parent)
    {
        socket_.bind(QHostAddress::AnyIPv4, 45454);
        connect(&socket_, &QUdpSocket::readyRead, this, &ChatRelay::drain);
    }

private:
    void drain()
    {
        while (socket_.hasPendingDatagrams()) {
            QByteArray datagram;
            datagram.resize(static_cast<int>(socket_.pendingDatagramSize()));
            QHostAddress from;
            socket_.readDatagram(datagram.data(), datagram.size(), &from);
            const QString text = QString::fromUtf8(datagram).trimmed();
            qDebug(text.toUtf8().constData()); // expect: format-string
            appendTranscript(from.toString(), text);
        }
    }

    void appendTranscript(const QString& who, const QString& text)
    {
        FILE* log = std::fopen("transcript.txt", "a");
        if (log == nullptr)
            return;
        const QByteArray line = (who + ": " + text + "\n").toUtf8();
        std::fprintf(log, line.constData()); // expect: format-string
        std::fclose(log);
    }

    QUdpSocket socket_;
};
