<?php

declare(strict_types=1);

namespace OCA\Timesheet\Controller;

use OCA\Timesheet\Export\CsvExporter;
use OCA\Timesheet\Export\OdsExporter;
use OCA\Timesheet\Export\PdfExporter;
use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\DataDownloadResponse;
use OCP\IConfig;
use OCP\IRequest;

// Nextcloud app: exports a month of entries with an exporter chosen by the user.
class ExportController extends Controller
{
    private const EXPORTERS = ['csv' => CsvExporter::class, 'ods' => OdsExporter::class, 'pdf' => PdfExporter::class];
    private const HEADERS = ['default' => 'default.php', 'compact' => 'compact.php', 'logo' => 'logo.php'];

    public function __construct(string $appName, IRequest $request, private IConfig $config, private string $userId)
    {
        parent::__construct($appName, $request);
    }

    /**
     * @NoAdminRequired
     */
    public function export(string $format, string $month): DataDownloadResponse
    {
        $class = self::EXPORTERS[$format] ?? CsvExporter::class;

        $choice = $this->config->getUserValue($this->userId, 'timesheet', 'header_template', 'default');
        $meta = include __DIR__ . '/../../templates/headers/' . (self::HEADERS[$choice] ?? self::HEADERS['default']);

        $exporter = new $class($meta);
        return new DataDownloadResponse($exporter->render($this->userId, $month), "timesheet-$month.$format", $exporter->mime());
    }
}
