<?php
// Door terminals: staff enrol a numeric PIN; service accounts get a generated secret.
final class TerminalCredentials
{
    public function __construct(private PDO $db)
    {
    }

    public function enrol(int $staffId, string $doorPin): void
    {
        $digest = hash('sha1', $doorPin); // expect: weak-crypto
        $this->db->prepare('UPDATE staff SET pin_digest = ? WHERE id = ?')->execute([$digest, $staffId]);
    }

    public function addServiceAccount(string $name, string $client_secret): void
    {
        $this->db->prepare('INSERT INTO services (name, secret_digest) VALUES (?, ?)')
            ->execute([$name, md5($client_secret)]); // expect: weak-crypto
    }
}
