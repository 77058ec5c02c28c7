//! Enrollment: a new secret shown once, and the first code that confirms it, issues the backup
//! codes and queues the gate's role. Same order of checks as every other code (see the parent
//! module).

use super::*;

impl<R: Repository> Gate<R> {
    /// Starts (or restarts) enrollment for passing a gate: a new secret, sealed at rest, shown
    /// once as QR and key.
    pub async fn enroll(
        &self,
        member: Member,
        names: &Names,
        passing: &Passing,
    ) -> Result<NewEnrollment, GateError> {
        self.gate_for(member, passing).await?;
        if let Some(existing) = self.repo.enrollment(member).await?
            && existing.confirmed_at.is_some()
        {
            return Err(GateError::AlreadyEnrolled);
        }
        let secret = TotpSecret::generate(self.entropy.as_ref());
        let sealed = self.keyring.seal(&secret, member, self.entropy.as_ref());
        let expires_at = self.now().plus_secs(ENROLLMENT_TTL_SECS);
        let audit = self.own_entry(
            member,
            AuditKind::Enrolled,
            "authenticator enrollment started",
        );
        let pending = PendingEnrollment {
            sealed,
            expires_at,
            limit: ENROLLMENT_STARTS,
        };
        match self
            .repo
            .begin_enrollment(Change::new(member, &audit), &pending)
            .await?
        {
            Begun::Started => {}
            Begun::AlreadyEnrolled => return Err(GateError::AlreadyEnrolled),
            Begun::TooMany { retry_at } => {
                return Err(GateError::TooOften {
                    action: Limited::Enrollment,
                    retry_at,
                });
            }
        }
        let otpauth_uri = secret.otpauth_uri(&names.guild_name, &names.member_name);
        let qr_png = totp::qr_png(&otpauth_uri);
        Ok(NewEnrollment {
            qr_png,
            manual_key: secret.manual_key(),
            otpauth_uri,
            expires_at,
        })
    }

    /// The first valid authenticator code confirms the enrollment, issues backup codes and queues
    /// the grant of the gate's role.
    pub async fn confirm(
        &self,
        member: Member,
        input: &str,
        passing: &Passing,
    ) -> Result<Confirmed, GateError> {
        let confirmed = self.confirm_once(member, input, passing).await;
        crate::metrics::code_checked("confirm", confirmed.as_ref().map(|_| Method::Authenticator));
        confirmed
    }

    async fn confirm_once(
        &self,
        member: Member,
        input: &str,
        passing: &Passing,
    ) -> Result<Confirmed, GateError> {
        let gate = self.gate_for(member, passing).await?;
        let _one_at_a_time = self.checks.enter(member).await?;
        let record = self
            .repo
            .enrollment(member)
            .await?
            .ok_or(GateError::NotEnrolled)?;
        if record.confirmed_at.is_some() {
            return Err(GateError::AlreadyEnrolled);
        }
        if record
            .expires_at
            .is_none_or(|expires| self.now() >= expires)
        {
            return Err(GateError::EnrollmentExpired);
        }
        let attempt = self.reserve(member).await?;
        let Some(code) = TotpCode::parse(input) else {
            return Err(self.refuse(&attempt, Rejection::NotACode).await);
        };
        let secret = self.keyring.open(&record.sealed, member)?;
        let Some(step) = totp::check(&secret, &code, self.now()) else {
            return Err(self.refuse(&attempt, Rejection::WrongCode).await);
        };
        // Claimed before anything is hashed: the same code submitted again (here or in another
        // process) finds the claim and costs no hashing.
        let claim = ConfirmationClaim {
            nonce: &record.sealed.nonce,
            until: self.now().plus_secs(CONFIRMATION_CLAIM_SECS),
        };
        if !self
            .repo
            .claim_confirmation(member, claim, self.now())
            .await?
        {
            return Err(self.stale_confirmation(&attempt, &record).await);
        }
        // Written now, so the confirmation is judged (expiry included) at the time the code was
        // checked, not after the hashing.
        let audit = self.own_entry(
            member,
            AuditKind::Confirmed,
            "authenticator confirmed; backup codes issued",
        );
        let grant = gate.grant(audit.at);
        let (codes, stored) = self.new_backup_codes().await;
        let confirmation = Confirmation {
            attempt: attempt.id,
            nonce: &record.sealed.nonce,
            step,
            codes: &stored,
            grant,
        };
        let confirmed = self
            .repo
            .confirm_enrollment(Change::new(member, &audit), &confirmation)
            .await;
        if !matches!(confirmed, Ok(Spent::Spent(_))) {
            // Not confirmed: the member may try again at once, not only when the claim expires.
            let _ = self
                .repo
                .release_confirmation(member, &record.sealed.nonce)
                .await;
        }
        match confirmed? {
            Spent::Spent(_) => Ok(Confirmed {
                backup_codes: codes,
                grant,
            }),
            Spent::Locked(access) => Err(GateError::Locked(access)),
            Spent::AlreadySpent | Spent::TooMany { .. } => {
                Err(self.stale_confirmation(&attempt, &record).await)
            }
        }
    }

    /// A right first code whose enrollment moved on meanwhile: a concurrent submission of the same
    /// code confirmed it (a replay) or is confirming it still (another process's claim), or the
    /// setup was restarted or expired and this code belongs to a stale secret.
    async fn stale_confirmation(&self, attempt: &Attempt, checked: &EnrollmentRecord) -> GateError {
        match self.repo.enrollment(attempt.member).await {
            Ok(Some(now)) if now.confirmed_at.is_some() => {
                self.refuse(attempt, Rejection::Replayed).await
            }
            Ok(Some(now))
                if now.sealed.nonce == checked.sealed.nonce
                    && now.expires_at.is_some_and(|at| self.now() < at) =>
            {
                GateError::Busy
            }
            Ok(_) => GateError::EnrollmentExpired,
            Err(error) => error.into(),
        }
    }
}
