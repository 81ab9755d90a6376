-- Who last changed a client's security ban, and when: only a privileged role may, and it is kept on the client.
alter table client add column security_ban_changed_by text;
alter table client add column security_ban_changed_at timestamptz;
