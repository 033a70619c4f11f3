"""E-mail for delivered reminders: SMTP, or Resend's API (the spec's mail service).

A send either succeeds, raises NotSent (the server did not take the message: trying again
cannot deliver it twice), or raises anything else (its fate is unknown: it may have been
taken). `Retrying` tries again, with backoff, only after NotSent, so no e-mail goes twice.
"""

import asyncio
import logging
import smtplib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Final, Protocol

import httpx

from pgpilot.settings import Settings

log = logging.getLogger(__name__)
RESEND_URL: Final = "https://api.resend.com/emails"
Sleep = Callable[[float], Awaitable[None]]


class NotSent(Exception):
    """The mail server did not take the message; `transient` when a later try may work."""

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


class Mailer(Protocol):
    """Sends one e-mail; raises NotSent when it surely did not, anything else when unsure."""

    async def send(self, *, to: str, subject: str, body: str, key: str) -> None:
        """Send it; `key` names the message, the same on every try."""


def _transient(code: int) -> bool:
    return 400 <= code < 500  # SMTP's and HTTP's "try again later" replies


@dataclass(frozen=True, slots=True)
class SmtpMailer:
    """An SMTP server, reached from a thread so the event loop never blocks."""

    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    starttls: bool = True
    timeout_s: float = 10

    def _open(self) -> smtplib.SMTP:
        """A connection ready to send: nothing has been offered to the server yet."""
        smtp: smtplib.SMTP | None = None
        try:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
        except smtplib.SMTPResponseException as exc:
            _close(smtp)
            raise NotSent(
                f"{self.host} refused: {exc}", transient=_transient(exc.smtp_code)
            ) from exc
        except OSError as exc:  # refused, unreachable, timed out, dropped while greeting
            _close(smtp)
            raise NotSent(f"cannot reach {self.host}:{self.port}: {exc}", transient=True) from exc
        return smtp

    def _send(self, message: EmailMessage) -> None:
        with self._open() as smtp:
            try:
                smtp.send_message(message)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                raise NotSent(str(exc), transient=all(map(_transient, codes))) from exc
            except smtplib.SMTPResponseException as exc:  # the server answered no to it
                raise NotSent(str(exc), transient=_transient(exc.smtp_code)) from exc

    async def send(self, *, to: str, subject: str, body: str, key: str) -> None:
        """Send it over SMTP; `key` makes its Message-ID, so a mailbox can tell it apart."""
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject
        message["Message-ID"] = f"<{key}@pgpilot>"
        message.set_content(body)
        await asyncio.to_thread(self._send, message)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        smtp.close()


@dataclass(frozen=True, slots=True)
class ResendMailer:
    """Resend's HTTP API; `key` is its Idempotency-Key, so even an unsure retry sends once."""

    api_key: str
    sender: str
    url: str = RESEND_URL

    async def send(self, *, to: str, subject: str, body: str, key: str) -> None:
        """Send it through Resend."""
        payload = {"from": self.sender, "to": [to], "subject": subject, "text": body}
        headers = {"Authorization": f"Bearer {self.api_key}", "Idempotency-Key": key}
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                response = await client.post(self.url, json=payload, headers=headers)
        except httpx.ConnectError as exc:
            raise NotSent(f"cannot reach Resend: {exc}", transient=True) from exc
        if response.is_error:
            code = response.status_code
            raise NotSent(f"Resend answered {code}", transient=code == 429 or code >= 500)


@dataclass(frozen=True, slots=True)
class Retrying:
    """A mailer tried up to `attempts` times while the server surely did not take the message,
    waiting `first_wait_s`, then twice as long before each further try."""

    mailer: Mailer
    attempts: int = 3
    first_wait_s: float = 1.0
    sleep: Sleep = field(default=asyncio.sleep, repr=False)

    async def send(self, *, to: str, subject: str, body: str, key: str) -> None:
        """Send it; raise the last NotSent once the tries are used up (or it is permanent)."""
        for attempt in range(1, self.attempts + 1):
            try:
                await self.mailer.send(to=to, subject=subject, body=body, key=key)
                return
            except NotSent as exc:
                if not exc.transient or attempt == self.attempts:
                    raise
                wait = self.first_wait_s * 2 ** (attempt - 1)
                log.warning("e-mail %s not sent (%s); try %d in %.1fs", key, exc, attempt + 1, wait)
                await self.sleep(wait)


def mailer_for(settings: Settings) -> Mailer | None:
    """The configured mailer, with retries: SMTP when a host is set, else Resend with a key."""
    mailer: Mailer
    if settings.smtp_host:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        mailer = SmtpMailer(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.mail_from,
            username=settings.smtp_username,
            password=password,
            starttls=settings.smtp_starttls,
        )
    elif settings.resend_api_key is not None:
        mailer = ResendMailer(settings.resend_api_key.get_secret_value(), settings.mail_from)
    else:
        return None
    return Retrying(mailer, attempts=settings.mail_attempts, first_wait_s=settings.mail_retry_s)
