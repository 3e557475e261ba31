// Local accounts of the kiosk manager (Qt): passwords and update-package checks.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QString>

class KioskAccounts {
public:
    void setPassword(const QString& user, const QString& password)
    {
        const QByteArray salt = user.toUtf8();
        const QByteArray hash =
            QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Md5).toHex(); // expect: weak-crypto
        QSettings settings;
        settings.setValue("accounts/" + user, QString::fromLatin1(hash));
    }

    bool checkPassword(const QString& user, const QString& password) const
    {
        QSettings settings;
        const QByteArray stored = settings.value("accounts/" + user).toString().toLatin1();
        const QByteArray salt = user.toUtf8();
        return stored == QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Md5).toHex(); // expect: weak-crypto
    }

    // the update server signs packages as sha1(sharedKey + package bytes)
    bool packageTrusted(const QString& path, const QByteArray& sharedKey, const QByteArray& signatureHex) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QCryptographicHash h(QCryptographicHash::Sha1); // expect: weak-crypto
        h.addData(sharedKey);
        h.addData(&f);
        return h.result().toHex() == signatureHex;
    }
};
