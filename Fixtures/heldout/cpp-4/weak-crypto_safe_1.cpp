// Local accounts of the kiosk manager (Qt): passwords and update-package checks.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>
#include <QString>

class KioskAccounts {
public:
    void setPassword(const QString& user, const QString& password)
    {
        QByteArray salt(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
        const QByteArray key = derive(password, salt);
        QSettings settings;
        settings.setValue("accounts/" + user + "/salt", salt.toHex());
        settings.setValue("accounts/" + user + "/key", key.toHex());
    }

    bool checkPassword(const QString& user, const QString& password) const
    {
        QSettings settings;
        const QByteArray salt = QByteArray::fromHex(settings.value("accounts/" + user + "/salt").toByteArray());
        const QByteArray stored = QByteArray::fromHex(settings.value("accounts/" + user + "/key").toByteArray());
        const QByteArray key = derive(password, salt);
        if (stored.size() != key.size())
            return false;
        unsigned char diff = 0;
        for (int i = 0; i < key.size(); ++i)
            diff |= static_cast<unsigned char>(stored[i] ^ key[i]);
        return diff == 0;
    }

    // packages carry an HMAC-SHA256 over their bytes
    bool packageTrusted(const QString& path, const QByteArray& sharedKey, const QByteArray& signatureHex) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QMessageAuthenticationCode mac(QCryptographicHash::Sha256, sharedKey);
        mac.addData(&f);
        return mac.result().toHex() == signatureHex;
    }

private:
    static QByteArray derive(const QString& password, const QByteArray& salt)
    {
        return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 210000, 32);
    }
};
