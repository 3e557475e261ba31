<?php
// Two-step sign-in for the tenant portal (Fat-Free Framework).

$f3 = \Base::instance();

class PortalLogin
{
    public function sendCode(\Base $f3): void
    {
        $tenant = (new \DB\SQL\Mapper($f3->get('DB'), 'tenants'))->load(['email = ?', $f3->get('POST.email')]);
        if ($tenant->dry()) {
            // wait a little before answering so that unknown addresses take as long as known ones
            usleep(mt_rand(200000, 400000));
            $f3->reroute('/login?sent=1');
            return;
        }
        $code = (string) random_int(100000, 999999);
        $f3->set('SESSION.pending_code', password_hash($code, PASSWORD_DEFAULT));
        $f3->set('SESSION.pending_tenant', $tenant->id);
        mail($tenant->email, 'Your sign-in code', "Your code is {$code}");
        $f3->reroute('/login/code');
    }

    public function verify(\Base $f3): void
    {
        if (!password_verify((string) $f3->get('POST.code'), (string) $f3->get('SESSION.pending_code'))) {
            $f3->reroute('/login/code?error=1');
            return;
        }
        $token = 'tp_' . bin2hex(random_bytes(24));
        $f3->set('COOKIE.portal_token', $token);
        $f3->set('SESSION.tenant', $f3->get('SESSION.pending_tenant'));
        $f3->reroute('/dashboard');
    }
}

$f3->route('POST /login', 'PortalLogin->sendCode');
$f3->route('POST /login/code', 'PortalLogin->verify');
$f3->run();
