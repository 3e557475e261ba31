// Photo importer: converts the selected RAW files with darktable-cli.
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <cstdlib>

class ImportWindow : public QWidget {
public:
    explicit ImportWindow(QWidget* parent = nullptr) : QWidget(parent) {}

    void importSelected()
    {
        const QStringList files = QFileDialog::getOpenFileNames(this, "RAW files", QString(), "RAW (*.cr2 *.nef *.arw)");
        QSettings settings;
        const QString outDir = settings.value("import/outputDir", "/home/photos/import").toString();
        const QString style = settings.value("import/style", "default").toString();
        int failed = 0;
        for (const QString& file : files) {
            const QString jpg = outDir + "/" + QFileInfo(file).completeBaseName() + ".jpg";
            const QString cmd = QString("darktable-cli \"%1\" \"%2\" --style %3").arg(file, jpg, style);
            if (std::system(cmd.toLocal8Bit().constData()) != 0) // expect: command-injection
                ++failed;
        }
        if (failed > 0)
            QMessageBox::warning(this, "Import", QString("%1 file(s) failed").arg(failed));
    }
};
