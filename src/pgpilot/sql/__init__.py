"""SQL guard: classify, execute and analyse SQL for target databases."""
