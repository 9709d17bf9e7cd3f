import Scheduling

extension ProgressStore {
    /// Every review in the log that no undo took back, in file order (for the optimizer and statistics).
    public func allReviews() throws(StoreError) -> [ReviewRecord] {
        try ReviewLogFile.read(path: logPath, deck: deck)?.records ?? []
    }

    /// Switches the deck's scheduler settings (algorithm, fitted weights, retention…) and rebuilds every card's
    /// state by replaying the log under them, so the state always equals a replay of the log.
    public func changeSettings(_ settings: SchedulerSettings) throws(StoreError) {
        try requireRecording()
        let log = try ReviewLogFile.read(path: logPath, deck: deck)
        snapshot.settings = settings
        scheduler = settings.makeScheduler()
        rebuild(from: log?.entries ?? [], header: log?.header ?? ReviewLogHeader(deck: deck))
        try saveSnapshot()
    }
}
