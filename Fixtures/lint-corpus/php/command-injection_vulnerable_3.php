<?php
// Work that arrives through a message bus or a storage event, not a web request.
#[AsMessageHandler]
final class ConvertUpload
{
    public function __invoke(ConvertMessage $message): void
    {
        shell_exec('convert ' . $message->path . ' /tmp/out.pdf'); // expect: command-injection
    }
}

function on_upload(CloudEventInterface $event): void
{
    $data = $event->getData();
    exec("gsutil cp gs://{$data['bucket']}/{$data['name']} /tmp/in"); // expect: command-injection
}
