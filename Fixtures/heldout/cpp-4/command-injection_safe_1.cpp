// Photo importer: converts the selected RAW files with darktable-cli.
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QWidget>

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
            QProcess proc;
            // program and arguments are passed separately: no shell parses them
            proc.start("darktable-cli", QStringList{file, jpg, "--style", style});
            if (!proc.waitForFinished(120000) || proc.exitCode() != 0)
                ++failed;
        }
        if (failed > 0)
            QMessageBox::warning(this, "Import", QString("%1 file(s) failed").arg(failed));
    }
};
