"""E-mail for delivered reminders: SMTP, or Resend's API (the spec's mail service)."""

import asyncio
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Final, Protocol

import httpx

from pgpilot.settings import Settings

RESEND_URL: Final = "https://api.resend.com/emails"


class Mailer(Protocol):
    """Sends one e-mail; raises when it could not."""

    async def send(self, *, to: str, subject: str, body: str) -> None:
        """Send it."""


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

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)

    async def send(self, *, to: str, subject: str, body: str) -> None:
        """Send it over SMTP."""
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = self.sender, to, subject
        message.set_content(body)
        await asyncio.to_thread(self._send, message)


@dataclass(frozen=True, slots=True)
class ResendMailer:
    """Resend's HTTP API."""

    api_key: str
    sender: str
    url: str = RESEND_URL

    async def send(self, *, to: str, subject: str, body: str) -> None:
        """Send it through Resend."""
        payload = {"from": self.sender, "to": [to], "subject": subject, "text": body}
        headers = {"Authorization": f"Bearer {self.api_key}"}
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(self.url, json=payload, headers=headers)
        response.raise_for_status()


def mailer_for(settings: Settings) -> Mailer | None:
    """The configured mailer: SMTP when a host is set, else Resend with a key, else none."""
    if settings.smtp_host:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return SmtpMailer(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.mail_from,
            username=settings.smtp_username,
            password=password,
            starttls=settings.smtp_starttls,
        )
    if settings.resend_api_key is not None:
        return ResendMailer(settings.resend_api_key.get_secret_value(), settings.mail_from)
    return None
