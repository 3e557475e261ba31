<?php

declare(strict_types=1);

namespace OCA\Timesheet\Controller;

use OCP\AppFramework\Controller;
use OCP\AppFramework\Http\DataDownloadResponse;
use OCP\IConfig;
use OCP\IRequest;

// Nextcloud app: exports a month of entries with an exporter chosen by the user.
class ExportController extends Controller
{
    public function __construct(string $appName, IRequest $request, private IConfig $config, private string $userId)
    {
        parent::__construct($appName, $request);
    }

    /**
     * @NoAdminRequired
     */
    public function export(string $format, string $month): DataDownloadResponse
    {
        require_once __DIR__ . '/../Export/' . $format . 'Exporter.php'; // expect: file-inclusion

        // The user picks a header template in the personal settings; it is stored as a file name.
        $header = $this->config->getUserValue($this->userId, 'timesheet', 'header_template', 'default.php');
        $meta = include __DIR__ . '/../../templates/headers/' . $header; // expect: file-inclusion

        $class = match ($format) {
            'ods' => \OCA\Timesheet\Export\OdsExporter::class,
            'pdf' => \OCA\Timesheet\Export\PdfExporter::class,
            default => \OCA\Timesheet\Export\CsvExporter::class,
        };
        $exporter = new $class($meta);
        return new DataDownloadResponse($exporter->render($this->userId, $month), "timesheet-$month.$format", $exporter->mime());
    }
}
